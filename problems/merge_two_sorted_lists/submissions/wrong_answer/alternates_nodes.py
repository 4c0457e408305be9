def mergeTwoLists(list1, list2):
    # takes one node from each list in turn instead of comparing
    dummy = tail = ListNode()
    while list1 and list2:
        tail.next = list1
        list1 = list1.next
        tail = tail.next
        tail.next = list2
        list2 = list2.next
        tail = tail.next
    tail.next = list1 or list2
    return dummy.next
