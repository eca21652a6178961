# mpconform: features=machine,vboard
# A periodic timer fires once per period of virtual time.
from machine import Timer
import vboard
ticks = []
t = Timer(-1)
t.init(mode=Timer.PERIODIC, period=100, callback=lambda tm: ticks.append(1))
vboard.advance_ms(350)
print(len(ticks))
vboard.advance_ms(50)
print(len(ticks))
t.deinit()
vboard.advance_ms(1000)
print(len(ticks))
