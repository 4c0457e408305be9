def generateParenthesis(n):
    result = []

    def go(cur, left, right):
        if len(cur) == 2 * n:
            result.append(cur)
            return
        if left < n:
            go(cur + "(", left + 1, right)
        if right < left:
            go(cur + ")", left, right + 1)

    go("", 0, 0)
    return result
