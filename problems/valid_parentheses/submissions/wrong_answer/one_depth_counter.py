def isValid(s):
    depth = 0
    for c in s:
        if c in "([{":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
