"""The namespace a solution runs in: LeetCode's Python 3 prelude, name for name."""

from __future__ import annotations

import builtins
import collections
import datetime
import json
import operator
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import sortedcontainers

from judge.harness import codec, loader
from tests.conftest import ROOT

# Every name the prelude binds (besides __name__ and __builtins__), as the sandbox
# (python3 -I -S) builds it. A change here is a change of what solutions can use.
PINNED = """
    A ASCII AbstractSet Annotated Any AnyStr ArithmeticError AssertionError AsyncContextManager
    AsyncGenerator AsyncIterable AsyncIterator AttributeError Awaitable BaseException
    BaseExceptionGroup BinaryIO BlockingIOError BrokenPipeError BufferError BufferedIOBase
    BufferedRWPair BufferedRandom BufferedReader BufferedWriter ByteString BytesIO BytesWarning
    Callable ChainMap ChildProcessError ClassVar Collection Concatenate ConnectionAbortedError
    ConnectionError ConnectionRefusedError ConnectionResetError Container ContextManager Coroutine
    Counter DEFAULT_BUFFER_SIZE DOTALL DefaultDict DeprecationWarning Deque Dict EOFError Ellipsis
    EncodingWarning EnvironmentError Error Exception ExceptionGroup False FileExistsError FileIO
    FileNotFoundError Final FloatingPointError Formatter ForwardRef FrozenSet FutureWarning
    Generator GeneratorExit Generic Hashable I IGNORECASE IO IOBase IOError ImportError
    ImportWarning IncrementalNewlineDecoder IndentationError IndexError InterruptedError
    IsADirectoryError ItemsView Iterable Iterator JSONDecodeError JSONDecoder JSONEncoder KeyError
    KeyboardInterrupt KeysView L LOCALE List ListNode Literal LiteralString LookupError M MAXYEAR
    MINYEAR MULTILINE Mapping MappingView Match MemoryError ModuleNotFoundError MutableMapping
    MutableSequence MutableSet NOFLAG NameError NamedTuple NestedInteger Never NewType NoReturn Node
    None NormalDist NotADirectoryError NotImplemented NotImplementedError NotRequired OSError
    Optional OrderedDict OverflowError ParamSpec ParamSpecArgs ParamSpecKwargs Pattern
    PendingDeprecationWarning PermissionError ProcessLookupError Protocol Random RawIOBase
    RecursionError ReferenceError RegexFlag Required ResourceWarning Reversible RuntimeError
    RuntimeWarning S SEEK_CUR SEEK_END SEEK_SET Self Sequence Set Sized SortedDict SortedList
    SortedSet StatisticsError StopAsyncIteration StopIteration StringIO SupportsAbs SupportsBytes
    SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound SyntaxError SyntaxWarning
    SystemError SystemExit SystemRandom TYPE_CHECKING TabError Template Text TextIO TextIOBase
    TextIOWrapper TimeoutError TreeNode True Tuple Type TypeAlias TypeError TypeGuard TypeVar
    TypeVarTuple TypedDict U UNICODE UTC UnboundLocalError UnicodeDecodeError UnicodeEncodeError
    UnicodeError UnicodeTranslateError UnicodeWarning Union Unpack UnsupportedOperation UserDict
    UserList UserString UserWarning VERBOSE ValueError ValuesView WRAPPER_ASSIGNMENTS
    WRAPPER_UPDATES Warning X ZeroDivisionError abiflags abs accumulate acos acosh add addaudithook
    aiter all and_ anext any api_version argv ascii ascii_letters ascii_lowercase ascii_uppercase
    asin asinh assert_never assert_type atan atan2 atanh attrgetter audit base_exec_prefix
    base_prefix betavariate bin bisect bisect_left bisect_right bool breakpoint breakpointhook
    builtin_module_names bytearray byteorder bytes cache cached_property call call_tracing callable
    capwords cast cbrt ceil chain choice choices chr classmethod clear_overloads cmp_to_key
    collections comb combinations combinations_with_replacement compile complex compress concat
    contains copy copyright copysign correlation cos cosh count countOf covariance credits cycle
    dataclass_transform date datetime deepcopy defaultdict degrees delattr delitem deque dict digits
    dir displayhook dist divmod dont_write_bytecode dropwhile dump dumps e enumerate eq erf erfc
    error escape eval exc_info excepthook exception exec exec_prefix executable exit exp exp2 expm1
    expovariate fabs factorial filter filterfalse final findall finditer flags float float_info
    float_repr_style floor floordiv fmean fmod format frexp frozenset fsum fullmatch functools gamma
    gammavariate gauss gcd ge geometric_mean get_args get_asyncgen_hooks
    get_coroutine_origin_tracking_depth get_int_max_str_digits get_origin get_overloads
    get_type_hints getallocatedblocks getattr getdefaultencoding getdlopenflags
    getfilesystemencodeerrors getfilesystemencoding getitem getprofile getrandbits getrecursionlimit
    getrefcount getsizeof getstate getswitchinterval gettrace globals groupby gt harmonic_mean
    hasattr hash hash_info heapify heappop heappush heappushpop heapq heapreplace help hex hexdigits
    hexversion hypot iadd iand iconcat id ifloordiv ilshift imatmul imod implementation imul index
    indexOf inf input insort insort_left insort_right int int_info intern inv invert io ior ipow
    irshift is_ is_finalizing is_not is_typeddict isclose isfinite isinf isinstance islice isnan
    isqrt issubclass isub itemgetter iter itertools itruediv ixor json lcm ldexp le len length_hint
    lgamma license linear_regression list load loads locals log log10 log1p log2 lognormvariate
    lru_cache lshift lt map match math matmul max maxsize maxunicode mean median median_grouped
    median_high median_low memoryview merge meta_path methodcaller min mod mode modf modules mul
    multimode namedtuple nan ne neg next nextafter nlargest no_type_check no_type_check_decorator
    normalvariate not_ nsmallest object oct octdigits open open_code operator or_ ord orig_argv os
    overload pairwise paretovariate partial partialmethod path path_hooks path_importer_cache perm
    permutations pi platform platlibdir pos pow prefix print printable prod product property pstdev
    punctuation purge pvariance pycache_prefix quantiles quit radians randbytes randint random
    randrange range re reduce remainder repeat repr reveal_type reversed round rshift
    runtime_checkable sample search seed set set_asyncgen_hooks set_coroutine_origin_tracking_depth
    set_int_max_str_digits setattr setdlopenflags setitem setprofile setrecursionlimit setstate
    setswitchinterval settrace shuffle sin singledispatch singledispatchmethod sinh slice sorted
    split sqrt starmap staticmethod statistics stderr stdev stdin stdlib_module_names stdout str
    string sub subn sum super sys takewhile tan tanh tau tee template text_encoding thread_info time
    timedelta timezone total_ordering triangular truediv trunc truth tuple type tzinfo ulp uniform
    unraisablehook update_wrapper variance vars version version_info vonmisesvariate warnoptions
    weibullvariate whitespace wraps xor zip zip_longest
""".split()  # noqa: SIM905 (a wrapped block: a change is a one-line diff)

NAMES_IN_SANDBOX_CONDITIONS = """
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.append(sys.argv[2])
from judge.harness import loader
print(json.dumps(sorted(loader.prelude_namespace())))
"""


def test_the_names_are_pinned():
    site_packages = Path(sortedcontainers.__file__).parent.parent
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", NAMES_IN_SANDBOX_CONDITIONS, str(ROOT), str(site_packages)],
        capture_output=True,
        text=True,
        check=True,
    )
    names = [n for n in json.loads(done.stdout) if n not in ("__name__", "__builtins__")]
    assert names == sorted(PINNED)


def test_the_host_builds_the_same_names():
    assert sorted(set(loader.prelude_namespace()) - {"__name__", "__builtins__"}) == sorted(PINNED)


def run(body: str):
    """What f() returns in a solution whose f is the one-line body, loaded as on the host."""
    spec = {"kind": "function", "function": "f", "params": [], "returns": "", "returns_type": ""}
    entry, _ = loader.load(f"def f():\n    {body}\n", "solution.py", spec)
    return entry()


MODULE_CASES = [
    ("return bisect.bisect_left([1, 3, 5], 3)", 1),
    ("return collections.Counter('abca')['a']", 2),
    ("return math.comb(5, 2)", 10),
    ("h = []; heapq.heappush(h, 3); heapq.heappush(h, 1); return h[0]", 1),
    ("return list(itertools.accumulate([1, 2, 3]))", [1, 3, 6]),
    ("return functools.cache(lambda n: n * 2)(4)", 8),
    ("return string.ascii_lowercase[:3]", "abc"),
    ("return re.findall(r'\\d+', 'a1b22')", ["1", "22"]),
    ("return operator.itemgetter(1)([7, 8])", 8),
    ("return json.dumps([1, None])", "[1, null]"),
    ("return sys.maxsize == 2**63 - 1", True),
    ("return statistics.median([3, 1, 2])", 2),
    ("a = [[1]]; b = copy.deepcopy(a); return b == a and b[0] is not a[0]", True),
    ("return 1 <= random.randint(1, 3) <= 3", True),
    ("return datetime.date(2024, 3, 1).isoformat()", "2024-03-01"),
    ("return io.StringIO('x').read()", "x"),
    ("return os.path.basename('/a/b')", "b"),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    MODULE_CASES,
    ids=[re.search(r"(\w+)\.\w", body).group(1) for body, _ in MODULE_CASES],
)
def test_a_module_name_is_the_module(body, expected):
    assert run(body) == expected


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("bisect", __import__("bisect")),  # the module, not the function bisect.bisect
        ("copy", __import__("copy")),
        ("random", __import__("random")),
        ("datetime", datetime),  # the module, not the class datetime.datetime
        ("time", datetime.time),  # there is no module time
        ("pow", builtins.pow),  # not math.pow: pow(2, 10) is the int 1024
        ("compile", builtins.compile),  # not re.compile
        ("sub", operator.sub),  # not re.sub
        ("abs", builtins.abs),
        ("Counter", typing.Counter),  # LeetCode's Counter, OrderedDict, ChainMap are typing's
        ("OrderedDict", typing.OrderedDict),
        ("deque", collections.deque),
        ("defaultdict", collections.defaultdict),
        ("ListNode", codec.ListNode),
        ("TreeNode", codec.TreeNode),
        ("Node", codec.Node),
        ("NestedInteger", codec.NestedInteger),
        ("SortedList", sortedcontainers.SortedList),
        ("SortedDict", sortedcontainers.SortedDict),
        ("SortedSet", sortedcontainers.SortedSet),
    ],
)
def test_where_two_modules_give_a_name_leetcodes_wins(name, value):
    assert loader.prelude_namespace()[name] is value


def test_the_unqualified_names_need_no_import():
    assert run("return bisect_left([1, 3], 3), heappop([0]), inf, pow(2, 10), comb(4, 2)") == (
        1,
        0,
        float("inf"),
        1024,
        6,
    )
    assert run("return type(SortedList([2, 1])).__name__, List[int] is not None") == ("SortedList", True)
    assert run("c = Counter('aab'); return c.most_common(1), isinstance(c, Counter)") == ([("a", 2)], True)


def test_each_load_gets_a_namespace_of_its_own():
    spec = {"kind": "function", "function": "f", "params": [], "returns": ""}
    loader.load("Counter = None\ninf = 0\ndef f():\n    return 1\n", "a.py", spec)
    assert run("return Counter is not None and inf > 10**9") is True


def test_nested_integer_behaves_as_leetcodes():
    n = codec.NestedInteger()
    n.add(codec.NestedInteger(3))
    assert not n.isInteger() and n.getList()[0].getInteger() == 3
    assert n.getInteger() is None and codec.NestedInteger(5).getList() is None


@pytest.mark.parametrize("name", ["search", "count", "accumulate", "sub"])
def test_a_prelude_name_is_never_taken_for_the_solution_s_own_function(name):
    """`search` is re.search in the prelude: a Solution without the method has no entry point."""
    spec = {"kind": "function", "function": name, "params": [], "returns": ""}
    with pytest.raises(loader.LoadError, match="no function"):
        loader.load("class Solution:\n    def other(self):\n        return 1\n", "a.py", spec)
    entry, _ = loader.load(f"def {name}():\n    return 7\n", "a.py", spec)
    assert entry() == 7
