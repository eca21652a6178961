# Float kernel: escape-time iterations of the Mandelbrot set on n rows of 24 points.
# The total counts iterations, which single-precision floats (small boards) change at a few border points.
# mpconform-bench: n=12 small=4 check=rel:0.005 features=float
def bench(n):
    total = 0
    for row in range(n):
        ci = -1.2 + 2.4 * row / n
        for col in range(24):
            cr = -2.0 + 2.6 * col / 24
            zr = zi = 0.0
            k = 0
            while k < 40 and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            total += k
    return total
