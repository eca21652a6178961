# JSON round trip: a list of n small records dumped to text and loaded back; order-free checksum.
# mpconform-bench: n=200 small=20 features=module:json
import json


def bench(n):
    records = [{'id': i, 'name': 'item%d' % i, 'tags': [i % 3, i % 5], 'ok': i % 2 == 0} for i in range(n)]
    text = json.dumps(records)
    mark()
    back = json.loads(text)
    total = 0
    for r in back:
        total += r['id'] + len(r['name']) + r['tags'][0] * 7 + r['tags'][1] + (1 if r['ok'] else 0)
    return total
