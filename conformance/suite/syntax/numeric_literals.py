# integer literal forms
print(0b1010, 0B11, 0o17, 0O7, 0xff, 0XAB, 1_000_000, 0x_dead_beef, 0b_1_0)
print(0, 00, 0_0)
