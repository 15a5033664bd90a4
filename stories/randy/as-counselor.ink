=== counsel_start ===
Stub. #ending:out_of_time
-> END
