def partitionLabels(s):
    last = {c: i for i, c in enumerate(s)}
    res = []
    end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            res.append(end + 1)  # where the part ends, not its length
    return res
