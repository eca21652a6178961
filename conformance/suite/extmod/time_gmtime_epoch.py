# mpconform: features=module:time

import time
# Only the date fields: the epoch differs between ports (1970 on unix, 2000 on bare metal).
t = time.gmtime(86400 * 365)
print(len(tuple(t)[:8]), t[3], t[4], t[5])
print(time.gmtime(0)[3:6])
