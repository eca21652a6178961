# mpconform: features=machine,vboard
# A pin is callable: pin() reads, pin(v) writes (any truthy value means 1).
from machine import Pin
import vboard
p = Pin(4, Pin.OUT)
p(1)
print(p())
p(0)
print(p())
p("yes")
print(p())
p([])
print(p())
print(vboard.history())
