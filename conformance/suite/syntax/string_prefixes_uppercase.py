# uppercase and mixed-case prefixes (R, B, Br, bR) are valid
print(R"raw\n", B"x", Br"\n", bR"\t", Rb"y", U"u")
