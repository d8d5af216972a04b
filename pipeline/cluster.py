"""Stories processed on a Dask cluster (`--scheduler tcp://HOST:PORT`).

The unit of work is a batch of whole stories (`pipeline.batches`): their documents' texts
(and any NER results the client's cache already holds) travel to a worker, which runs NER,
normalises, screens, aligns and compares, and sends back StoryResults of plain records,
never a spaCy Doc; the run's names for the screen are sent to every worker once. The client
reads the inputs, keeps a bounded number of stories in flight, and hands results to the
sinks in story order, so its memory stays flat in corpus size and it never runs NER itself.
Each worker process loads the model once (a worker plugin, and `ner.load_model`'s
per-process cache). A story whose worker
dies is run again elsewhere by the scheduler; stories are pure, so nothing is lost or doubled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.batches import Batch, make_batches, process_batch, remember
from pipeline.cache import NerCache, model_key
from pipeline.options import RunOptions, UsageError
from pipeline.reading import ExtractJob
from pipeline.records import Document, NerCounts, StoryResult
from pipeline.run import Progress
from pipeline.screen import Screening
from pipeline.spool import TextSpool

if TYPE_CHECKING:
    from distributed import Client

    from pipeline.web import Page

CONNECT_TIMEOUT = "10s"
# dask.distributed keeps a copy of every message under 1 MB its client sends, for debugging
# (`distributed.admin.low-level-log-length`, 1,000 by default): with a batch of stories in
# each message that is the texts of 1,000 batches, growing with the corpus. The client keeps none.
CLIENT_CONFIG = {"distributed.admin.low-level-log-length": 0}
IN_FLIGHT_PER_WORKER = 4  # batches submitted ahead per worker: enough to keep every core busy


def connect(address: str) -> Client:
    """A client of the scheduler at `address`, or a UsageError in one line within 10 s."""
    import dask
    from distributed import Client

    try:
        with dask.config.set(CLIENT_CONFIG):  # read once, when the client's connection opens
            return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def worker_problem(model: str, expected: str) -> str:
    """Runs on each worker: '' when it can run factdiff as the client does, else why not."""
    try:
        from pipeline import __version__ as here
        from pipeline import ner

        key = model_key(model)
        if f"factdiff=={here}|{key}" != expected:
            return f"has factdiff=={here} and {key}; the client has {expected}"
        ner.load_model(model)
        Screening().prepare()  # the screen's word lists (wordfreq, gender-guesser, GeoNames) load here
    except Exception as exc:  # an import or model error on a remote machine: report it in words
        return f"cannot run factdiff: {type(exc).__name__}: {exc}"
    return ""


def _model_plugin(model: str, max_chars: int) -> Any:
    from distributed import WorkerPlugin

    class ModelPlugin(WorkerPlugin):  # type: ignore[misc]
        """Loads the model when a worker starts, so no story waits for it."""

        name = "factdiff-model"

        def setup(self, worker: object) -> None:
            from pipeline import ner

            ner.load_model(model, max_chars)

    return ModelPlugin()


def check_workers(client: Client, model: str, max_chars: int) -> None:
    """One clear error naming each worker that cannot run factdiff as this client does."""
    expected = f"factdiff=={__version__}|{model_key(model)}"
    problems = client.run(worker_problem, model, expected)
    bad = [f"worker {address} {problem}" for address, problem in sorted(problems.items()) if problem]
    if bad:
        raise UsageError("; ".join(bad))
    if not problems:
        raise UsageError("the Dask cluster has no workers")
    client.register_plugin(_model_plugin(model, max_chars))


def process_remotely(batch: Batch, model: str, max_chars: int, screening: Screening) -> list[StoryResult]:
    """Runs on a worker: a batch of stories, NER included (in this process: a worker is one core)."""
    from distributed import get_worker

    results = process_batch(batch, model, max_chars, screening)
    for result in results:
        result.worker = get_worker().address
    return results


class Cluster:
    """A run's connection to the Dask scheduler, opened and its workers checked on first use
    (an up-to-date re-run never connects); `close` ends it."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        if self._client is None:
            assert self.options.scheduler is not None
            client = connect(self.options.scheduler)
            try:
                check_workers(client, self.options.model, self.options.max_chars)
            except BaseException:
                client.close()
                raise
            self._client = client
        return self._client

    def map_pages(self, extract: Callable[[ExtractJob], Page], pages: list[ExtractJob]) -> list[Page]:
        """Web pages extracted on the workers (a window of them), in order: the raw pages travel,
        their text, title, URL and date come back."""
        if not pages:  # a window of text files: no reason to connect (an up-to-date re-run never does)
            return []
        futures = self.client.map(extract, pages, pure=False, retries=2)
        try:
            return list(self.client.gather(futures))
        except BaseException:
            self.client.cancel(futures)
            raise

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def process_on_cluster(
    stories: list[list[Document]],
    options: RunOptions,
    counts: NerCounts,
    on_progress: Progress,
    screening: Screening,
    spool: TextSpool,
    cluster: Cluster,
) -> Iterator[StoryResult]:
    """Each story's result, in the order of `stories`, computed on the cluster; the stories'
    texts wait in `spool` (set aside as they were read) until each is sent."""
    from distributed import as_completed

    client = cluster.client
    cache = NerCache(options.cache_folder, model_key(options.model)) if options.use_cache else None
    workers = len(client.scheduler_info(n_workers=-1)["workers"])
    window = max(2, IN_FLIGHT_PER_WORKER * workers)
    # Sent to every worker once, not with each batch: the run's names can be large.
    shared = client.scatter(screening.count_names(), broadcast=True)
    batches = make_batches(stories, cache, counts, workers, spool.restored)
    index_of: dict[Any, int] = {}
    ready: dict[int, list[StoryResult]] = {}
    submitted = emitted = done = 0
    pending = as_completed(loop=client.loop)

    def submit_more() -> None:
        nonlocal submitted
        while submitted - emitted < window and (batch := next(batches, None)) is not None:
            future = client.submit(
                process_remotely, batch, options.model, options.max_chars, shared, pure=False, retries=2
            )
            index_of[future] = submitted
            pending.add(future)
            submitted += 1

    on_progress("stories", 0, len(stories))
    submit_more()
    try:
        for future in pending:
            ready[index_of.pop(future)] = future.result()
            future.release()
            while emitted in ready:
                for result in ready.pop(emitted):
                    remember(cache, result, counts)
                    done += 1
                    yield result
                    on_progress("stories", done, len(stories))
                emitted += 1
            submit_more()
    except BaseException:
        client.cancel(list(index_of))
        raise
