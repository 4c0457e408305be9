# Converting between text and int is quadratic in CPython, but in C and cheap: at the
# probe's sizes (up to 4,096 digits) it cannot be told from O(n), and at 100 digits it is nothing.
def plusOne(digits):
    number = int("".join(map(str, digits))) + 1
    return [int(c) for c in str(number)]
