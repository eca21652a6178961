# subclassing dict
class D(dict):
    def get_or_key(self, k):
        return self.get(k, k)
d = D(a=1)
d["b"] = 2
print(sorted(d.items()), d.get_or_key("a"), d.get_or_key("z"), isinstance(d, dict))
