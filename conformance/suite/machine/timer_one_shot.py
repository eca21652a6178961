# mpconform: features=machine,vboard
# A one-shot timer fires once, after its period.
from machine import Timer
import vboard
fired = []
t = Timer(-1, mode=Timer.ONE_SHOT, period=200, callback=lambda tm: fired.append(tm))
vboard.advance_ms(199)
print(len(fired))
vboard.advance_ms(1)
print(len(fired))
vboard.advance_ms(1000)
print(len(fired), fired[0] is t)
