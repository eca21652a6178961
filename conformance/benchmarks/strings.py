# String building and formatting: %-format and str.format into a list, joined, then searched and split.
# mpconform-bench: n=300 small=20
def bench(n):
    parts = []
    for i in range(n):
        parts.append('%d:%s' % (i, hex(i)))
        parts.append('{}-{:>5}'.format(i * 7, str(i * i)))
    text = ','.join(parts)
    mark()
    words = text.split(',')
    upper = text.upper()
    return len(text) * 1000 + len(words) + upper.count('X') + text.count('1')
