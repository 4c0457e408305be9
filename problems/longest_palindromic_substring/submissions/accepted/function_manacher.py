def longestPalindrome(s):
    t = "#" + "#".join(s) + "#"
    p = [0] * len(t)
    c = r = 0
    for i in range(len(t)):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while i - p[i] - 1 >= 0 and i + p[i] + 1 < len(t) and t[i - p[i] - 1] == t[i + p[i] + 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    length, center = max((v, i) for i, v in enumerate(p))
    return s[(center - length) // 2 : (center + length) // 2]
