=== counsel_start ===
Stub. #ending:out_of_time
-> END
=== counsel_stub ===
Stub. #ending:deadlock
-> END
