# mpconform: features=machine,vboard
# Timers due in one advance fire in deadline order, ties in the order they were armed.
from machine import Timer
import vboard
log = []
a = Timer(-1, period=30, callback=lambda t: log.append("a"))
b = Timer(-1, period=20, callback=lambda t: log.append("b"))
vboard.advance_ms(60)
a.deinit()
b.deinit()
print(log)
