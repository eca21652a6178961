# mpconform: features=machine,vboard
# freq= sets the period as a rate in Hz.
from machine import Timer
import vboard
c = []
t = Timer(-1, freq=20, callback=lambda t: c.append(1))
vboard.advance_ms(1000)
t.deinit()
print(len(c))
