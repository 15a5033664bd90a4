declare module 'virtual:stories' {
  const stories: { manifest: unknown; storyJson: string }[];
  export default stories;
}
