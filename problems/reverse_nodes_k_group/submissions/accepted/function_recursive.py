def reverseKGroup(head, k):
    # are there k nodes?
    node, count = head, 0
    while node and count < k:
        node = node.next
        count += 1
    if count < k:
        return head
    # reverse these k, then hang the rest (done recursively) after them
    prev, cur = reverseKGroup(node, k), head
    for _ in range(k):
        cur.next, prev, cur = prev, cur, cur.next
    return prev
