# mpconform: features=machine,vboard
# freq, unique_id and reset_cause of the virtual board.
import machine
f = machine.freq()
print(type(f).__name__, f > 0)
machine.freq(80000000)
print(machine.freq())
uid = machine.unique_id()
print(type(uid).__name__, len(uid) > 0)
print(machine.reset_cause() == machine.PWRON_RESET)
