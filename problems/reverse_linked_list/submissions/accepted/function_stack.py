def reverseList(head):
    if not head:
        return None
    stack = []
    while head:
        stack.append(head)
        head = head.next
    new_head = tail = stack.pop()
    while stack:
        tail.next = stack.pop()
        tail = tail.next
    tail.next = None
    return new_head
