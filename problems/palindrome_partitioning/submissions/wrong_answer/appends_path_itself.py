def partition(s):
    res = []
    path = []

    def dfs(i):
        if i == len(s):
            res.append(path)
            return
        for j in range(i + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                path.append(s[i:j])
                dfs(j)
                path.pop()

    dfs(0)
    return res
