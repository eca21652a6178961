# str.format specs for ints and strings
print("[{:5}] [{:<5}] [{:>5}] [{:^5}] [{:*^7}]".format("ab", "ab", "ab", "ab", "ab"))
print("[{:5}] [{:<5}] [{:05}] [{:+}] [{: }]".format(42, 42, 42, 42, 42))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:,}".format(1234567), "{:c}".format(97))
