class LRUCache {
    private static class Entry {
        int key, value;
        Entry prev, next;

        Entry(int key, int value) {
            this.key = key;
            this.value = value;
        }
    }

    private final Map<Integer, Entry> map = new HashMap<>();
    private final Entry head = new Entry(0, 0), tail = new Entry(0, 0);
    private final int capacity;

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    private void unlink(Entry e) {
        e.prev.next = e.next;
        e.next.prev = e.prev;
    }

    private void pushFront(Entry e) {
        e.next = head.next;
        e.prev = head;
        head.next.prev = e;
        head.next = e;
    }

    public int get(int key) {
        Entry e = map.get(key);
        if (e == null) return -1;
        unlink(e);
        pushFront(e);
        return e.value;
    }

    public void put(int key, int value) {
        Entry e = map.get(key);
        if (e != null) {
            e.value = value;
            unlink(e);
            pushFront(e);
            return;
        }
        if (map.size() == capacity) {
            Entry last = tail.prev;
            unlink(last);
            map.remove(last.key);
        }
        e = new Entry(key, value);
        map.put(key, e);
        pushFront(e);
    }
}
