=== mark_start ===
Stub. #ending:deadlock
-> END
