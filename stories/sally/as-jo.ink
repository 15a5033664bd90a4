=== jo_start ===
Stub. #ending:deadlock
-> END
