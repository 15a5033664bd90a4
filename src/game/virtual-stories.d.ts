declare module 'virtual:stories' {
  const stories: { manifest: unknown; storyVersion: string; load: () => Promise<string> }[];
  export default stories;
}
