# mpconform: features=tstring
# A renderer built on a Template's parts reproduces what the matching f-string prints.


def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
            continue
        value = part.value
        if part.conversion == "r":
            value = repr(value)
        elif part.conversion == "s":
            value = str(value)
        out.append(("{:" + part.format_spec + "}").format(value))
    return "".join(out)


name = "ada"
num = 7
print(render(t"{name!r} has {num:>4} items"), f"{name!r} has {num:>4} items")
print(render(t"{num * 2:03d}|{name:^7}|"), f"{num * 2:03d}|{name:^7}|")
print(render(t"no fields"))
