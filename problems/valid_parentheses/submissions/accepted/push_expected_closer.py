def isValid(s):
    if len(s) % 2:
        return False
    expect = []
    for c in s:
        if c == "(":
            expect.append(")")
        elif c == "[":
            expect.append("]")
        elif c == "{":
            expect.append("}")
        elif not expect or expect.pop() != c:
            return False
    return not expect
