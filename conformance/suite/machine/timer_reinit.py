# mpconform: features=machine,vboard
# init() on a running timer restarts it with the new settings.
from machine import Timer
import vboard
log = []
t = Timer(-1)
t.init(period=100, callback=lambda t: log.append("a"))
vboard.advance_ms(250)
t.init(period=300, mode=Timer.ONE_SHOT, callback=lambda t: log.append("b"))
vboard.advance_ms(1000)
print(log)
