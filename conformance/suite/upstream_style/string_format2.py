print("{}-{}".format(1, 2), "{1}{0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{:5}|{:<5}|{:>5}|{:^5}|".format("ab", "ab", "ab", "ab"))
print("{:*^7}".format("x"), "{:05d}".format(42), "{:+d}".format(5), "{: d}".format(5))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:.2f} {:8.3f} {:e} {:g}".format(3.14159, 2.5, 12345.678, 0.0001))
print("{:,}".format(1234567), "{:%}".format(0.25))
print("{0[0]} {0[1]}".format([5, 6]), "{0.real}".format(3))
print("{{}} {}".format(1), "{!r} {!s}".format("a", "b"))
print("{:>{w}}".format("r", w=4))
for bad in ("{", "}", "{0", "{:d}", "{1}"):
    try:
        bad.format("x")
    except (ValueError, IndexError):
        print("error", repr(bad))
try:
    "{a}".format(b=1)
except KeyError:
    print("KeyError")
