# nested dicts and setdefault for grouping
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
for k in sorted(groups):
    print(k, groups[k])
