def minWindow(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    window = {}
    have, required = 0, len(need)
    best_len, best_l, best_r = float("inf"), 0, 0
    l = 0
    for r in range(len(s)):
        c = s[r]
        window[c] = window.get(c, 0) + 1
        if c in need and window[c] == need[c]:
            have += 1
        while have == required:
            if r - l + 1 < best_len:
                best_len, best_l, best_r = r - l + 1, l, r
            window[s[l]] -= 1
            if s[l] in need and window[s[l]] < need[s[l]]:
                have -= 1
            l += 1
    return "" if best_len == float("inf") else s[best_l:best_r]
