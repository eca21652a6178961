# octal escapes in str and bytes literals
print("\101\102\7" == "AB\x07", b"\0\01\377", len("\1234"))
