# joining many pieces and splitting back
parts = [str(i) for i in range(500)]
s = ",".join(parts)
print(len(s), s[:20], s.split(",") == parts)
