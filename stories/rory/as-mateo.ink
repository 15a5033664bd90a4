=== mateo_start ===
Stub. #ending:boundary_honoured
-> END
