def reverseKGroup(head, k):
    dummy = ListNode(0, head)
    group_prev = dummy
    while True:
        # checks for k + 1 nodes, so a last group of exactly k is left alone
        probe, count = group_prev.next, 0
        while probe and count <= k:
            probe = probe.next
            count += 1
        if count <= k:
            break
        first = group_prev.next
        prev, cur = None, first
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        group_prev.next = prev
        first.next = cur
        group_prev = first
    return dummy.next
