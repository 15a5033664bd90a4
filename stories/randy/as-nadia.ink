=== nadia_start ===
Stub. #ending:deadlock
-> END
