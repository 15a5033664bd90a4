=== teri_start ===
Stub. #ending:deadlock
-> END
