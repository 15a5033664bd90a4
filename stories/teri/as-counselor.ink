=== counsel_start ===
Stub. #ending:deadlock
-> END
