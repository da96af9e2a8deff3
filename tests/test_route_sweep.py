"""Every route, swept: each URL pattern Django knows is probed as the owner, an outsider and an
anonymous visitor, so a route added later is covered without anyone writing a test for it.

The routes are read from the resolver at collection time; each check is one test per route,
named by the route. URL parameters come from PARAMETERS, keyed by parameter name: a route
whose parameter is missing there fails until someone says what value to send.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, resolve_url
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, include, path, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from lorkit.accounts.models import Profile, User
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.services import IssuedFeed, feed_regenerate
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, RedFlag, Story, Talk
from lorkit.letters.models import (
    Assignment,
    LetterRequest,
    PacketFile,
    Program,
    Reminder,
    StatusChange,
    WriterLink,
)
from lorkit.letters.services import (
    IssuedLink,
    letter_request_start,
    packet_file_save,
    writer_link_issue,
)
from lorkit.plans.models import Milestone, Rotation
from lorkit.sites.models import SiteOption, SiteWeights

# A lorkit view accepts GET, POST or both; nothing accepts the others.
PROBED_METHODS = ("get", "post")
REFUSED_METHODS = ("put", "patch", "delete")
# POST goes last for every persona: it is the probe that may delete a rotation or log out.
METHOD_ORDER = ("get", "put", "patch", "delete", "post")

# Routes an anonymous visitor may use, each with the reason. `password_change_done` is not
# here: Django's PasswordChangeDoneView requires a login, and the sweep checks that it does.
PUBLIC_ROUTES = {
    "login": "where an anonymous visitor signs in",
    "signup": "where an anonymous visitor makes an account",
    "logout": "ending a session needs no login; without one it only redirects to login",
    "calendar_feed": "calendar apps cannot log in: the token in the address is the credential",
    "password_reset": "whoever forgot their password cannot log in to ask for a new one",
    "password_reset_done": "the page after asking for a reset, still without a login",
    "password_reset_confirm": "the emailed link is the credential: its holder cannot log in",
    "password_reset_complete": "the page after a reset, which sends the visitor to log in",
    "writer_page": "a letter writer has no lorkit account: the token in the address is the key",
    "writer_uploaded": "the writer's one button on that page, under the same token",
    "writer_helper_pdf": "the letter helper the writer downloads, under the same token",
    "writer_file": "the applicant's CV or statement the writer downloads, under the same token",
    "writer_check": "the writer's pre-upload check of their PDF, under the same token",
}
# Routes whose secret is a one-time link, not a standing address: a link that does not work
# shows a page saying so (200, as Django's reset view does) and a working one redirects to the
# form, so the secret check (guessed 404, real 200) does not fit them; their own tests check the
# link instead. Every other judge sweeps them.
ONE_TIME_LINKS = {
    "password_reset_confirm": "tests/web/test_web_password_reset.py: a real link sets a "
    "password once; a guessed, used or expired one shows a page and changes nothing",
}


@dataclass(frozen=True)
class Workspace:
    """The owner's data that URL parameters point into."""

    owner: User
    rotation: Rotation
    milestone: Milestone
    feed: IssuedFeed
    person: Person
    story: Story
    site_option: SiteOption
    letter: LetterRequest
    writer_link: IssuedLink
    program: Program
    reminder: Reminder

    def markers(self) -> tuple[str, ...]:
        """Text only the owner's pages may show."""
        profile = Profile.objects.get(user=self.owner)
        return (
            self.rotation.site,
            self.rotation.attending_name,
            profile.eras_name,
            self.person.name,
            self.story.text,
            self.site_option.name,
            self.program.name,
        )


@dataclass(frozen=True)
class Parameter:
    value: Callable[[Workspace], object]
    # A secret is a credential, not an object id: a guessed one must give 404 to anyone.
    secret: bool = False
    # A word from the app's own vocabulary (a journal entry's kind), not anyone's object: an
    # outsider gets the same page the owner does.
    vocabulary: bool = False


PARAMETERS: dict[str, Parameter] = {
    "rotation_id": Parameter(lambda workspace: workspace.rotation.pk),
    "milestone_id": Parameter(lambda workspace: workspace.milestone.pk),
    "person_id": Parameter(lambda workspace: workspace.person.pk),
    # With "story", `entry_id` below is the owner's story; tests/web/test_web_journal.py
    # probes the other kinds.
    "kind": Parameter(lambda workspace: "story", vocabulary=True),
    "entry_id": Parameter(lambda workspace: workspace.story.pk),
    "site_id": Parameter(lambda workspace: workspace.site_option.pk),
    "token": Parameter(lambda workspace: workspace.feed.token, secret=True),
    "letter_id": Parameter(lambda workspace: workspace.letter.pk),
    "program_id": Parameter(lambda workspace: workspace.program.pk),
    "reminder_id": Parameter(lambda workspace: workspace.reminder.pk),
    # The owner's CV is saved in the workspace; an outsider has none, so 404.
    "file_kind": Parameter(lambda workspace: "cv"),
    "link_token": Parameter(lambda workspace: workspace.writer_link.token, secret=True),
    # A reset link's account, half of its credential; with the feed's token beside it the
    # sweep probes a reset link that does not work.
    "uidb64": Parameter(
        lambda workspace: urlsafe_base64_encode(force_bytes(workspace.owner.pk)), secret=True
    ),
}


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    parameters: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.name or self.pattern

    @property
    def secret_parameters(self) -> tuple[str, ...]:
        return tuple(p for p in self.parameters if p in PARAMETERS and PARAMETERS[p].secret)

    @property
    def id_parameters(self) -> tuple[str, ...]:
        """Object ids, counting a parameter missing from PARAMETERS as one until it is added."""
        return tuple(
            p
            for p in self.parameters
            if p not in self.secret_parameters
            and not (p in PARAMETERS and PARAMETERS[p].vocabulary)
        )


def enumerate_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns, prefix="", namespace="", parameters=()))


def _walk(
    entries: Sequence[URLPattern | URLResolver],
    prefix: str,
    namespace: str,
    parameters: tuple[str, ...],
) -> Iterator[Route]:
    for entry in entries:
        pattern = prefix + str(entry.pattern)
        found = parameters + tuple(entry.pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, pattern, inner, found)
        else:
            name = f"{namespace}{entry.name}" if entry.name else ""
            yield Route(name=name, pattern=pattern, parameters=found)


@dataclass(frozen=True)
class Personas:
    workspace: Workspace
    outsider: User
    log_in: Callable[[User], Client]

    def client(self, user: User | None) -> Client:
        """A fresh client, so one persona's logout or cookies never leak into another's."""
        client = Client() if user is None else self.log_in(user)
        client.raise_request_exception = False  # a crash is reported as a 500, not raised
        return client


@dataclass(frozen=True)
class Reply:
    status: int
    location: str
    text: str


Replies = dict[str, Reply]


@dataclass(frozen=True)
class Probes:
    owner: Replies  # the owner's own URL, sent last
    outsider: Replies  # the owner's ids, or guessed secrets
    anonymous: Replies  # the same URL as the outsider's
    owner_guessing: Replies  # guessed secrets; empty when the route has none
    changed_by_outsider: bool
    changed_by_anonymous: bool
    markers: tuple[str, ...]

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(m for m in PROBED_METHODS if self.owner[m].status != 405)


def reply_of(response: HttpResponseBase) -> Reply:
    content: bytes = (
        b"".join(response.streaming_content)  # type: ignore[attr-defined]
        if response.streaming
        else response.content  # type: ignore[attr-defined]
    )
    location = response.get("Location", "")
    return Reply(response.status_code, location, content.decode(errors="replace"))


def send_all(client: Client, url: str) -> Replies:
    return {method: reply_of(getattr(client, method)(url)) for method in METHOD_ORDER}


def owner_data(owner: User) -> tuple[list[dict[str, object]], ...]:
    return (
        list(Rotation.objects.filter(owner=owner).order_by("pk").values()),
        list(Milestone.objects.filter(rotation__owner=owner).order_by("pk").values()),
        list(CalendarFeed.objects.filter(owner=owner).values()),
        list(Profile.objects.filter(user=owner).values()),
        *(
            list(model.objects.filter(owner=owner).order_by("pk").values())
            for model in (Person, CheckIn, Story, Feedback, Compliment, Talk, RedFlag)
        ),
        list(Story.witnesses.through.objects.filter(story__owner=owner).values()),
        list(SiteOption.objects.filter(owner=owner).order_by("pk").values()),
        list(SiteWeights.objects.filter(owner=owner).values()),
        list(LetterRequest.objects.filter(owner=owner).order_by("pk").values()),
        list(StatusChange.objects.filter(request__owner=owner).order_by("pk").values()),
        list(PacketFile.objects.filter(owner=owner).order_by("pk").values("pk", "kind", "size")),
        list(WriterLink.objects.filter(request__owner=owner).order_by("pk").values()),
        list(Program.objects.filter(owner=owner).order_by("pk").values()),
        list(Assignment.objects.filter(program__owner=owner).order_by("pk").values()),
        list(Reminder.objects.filter(request__owner=owner).order_by("pk").values()),
    )


def route_url(route: Route, workspace: Workspace, *, guess_secrets: bool = False) -> str:
    kwargs = {}
    for name in route.parameters:
        parameter = PARAMETERS[name]
        guessing = parameter.secret and guess_secrets
        kwargs[name] = secrets.token_urlsafe(32) if guessing else parameter.value(workspace)
    return reverse(route.name, kwargs=kwargs)


def registry_problems(route: Route) -> list[str]:
    if not route.name:
        return [f"{route.pattern}: the route has no name; name it so the sweep can reverse it"]
    return [
        f"{route.name}: URL parameter {name!r} has no value; add it to PARAMETERS in "
        f"tests/test_route_sweep.py (the owner's object for an id, secret=True for a credential)"
        for name in route.parameters
        if name not in PARAMETERS
    ]


def probe_route(route: Route, personas: Personas) -> Probes:
    """Send every method as each persona: outsider, then anonymous, then the owner."""
    workspace = personas.workspace
    url = route_url(route, workspace)
    guessed = route_url(route, workspace, guess_secrets=True) if route.secret_parameters else ""
    before = owner_data(workspace.owner)
    outsider = send_all(personas.client(personas.outsider), guessed or url)
    after_outsider = owner_data(workspace.owner)
    anonymous = send_all(personas.client(None), guessed or url)
    after_anonymous = owner_data(workspace.owner)
    owner_guessing = send_all(personas.client(workspace.owner), guessed) if guessed else {}
    return Probes(
        owner=send_all(personas.client(workspace.owner), url),
        outsider=outsider,
        anonymous=anonymous,
        owner_guessing=owner_guessing,
        changed_by_outsider=after_outsider != before,
        changed_by_anonymous=after_anonymous != after_outsider,
        markers=workspace.markers(),
    )


def server_errors(route: Route, who: str, replies: Replies) -> list[str]:
    return [
        f"{route.label}: {method.upper()} by {who} gave {reply.status}, a server error"
        for method, reply in replies.items()
        if reply.status >= 500
    ]


RESTRICT = "restrict the view's methods (require_safe, require_http_methods)"


def method_problems(route: Route, probes: Probes) -> list[str]:
    problems = [
        f"{route.label}: {method.upper()} as the owner gave {probes.owner[method].status}, "
        f"expected 405; {RESTRICT}"
        for method in REFUSED_METHODS
        if probes.owner[method].status != 405
    ]
    if not probes.accepted:
        problems.append(f"{route.label}: the owner's GET and POST both gave 405")
    problems += [
        f"{route.label}: {method.upper()} as the owner gave 404 on the owner's own URL, "
        f"so an outsider's 404 there would prove nothing"
        for method in probes.accepted
        if probes.owner[method].status == 404
    ]
    return problems + server_errors(route, "the owner", probes.owner)


def outsider_problems(route: Route, probes: Probes) -> list[str]:
    """An outsider using the owner's ids gets 404 (or 405 for a method the route refuses)."""
    if not route.id_parameters:
        return []
    problems = [
        f"{route.label}: {method.upper()} by the outsider with the owner's ids gave "
        f"{reply.status}, expected 404"
        for method, reply in probes.outsider.items()
        if reply.status != 404 and (method in probes.accepted or reply.status != 405)
    ]
    if probes.changed_by_outsider:
        problems.append(f"{route.label}: the outsider's requests changed the owner's data")
    return problems


def is_login_redirect(reply: Reply) -> bool:
    location = urlsplit(reply.location)
    to_login = location.path == resolve_url(settings.LOGIN_URL)
    return reply.status == 302 and to_login and "next" in parse_qs(location.query)


def anonymous_problems(route: Route, probes: Probes) -> list[str]:
    problems = server_errors(route, "an anonymous visitor", probes.anonymous)
    if probes.changed_by_anonymous:
        problems.append(f"{route.label}: an anonymous visitor's requests changed the owner's data")
    if route.name in PUBLIC_ROUTES:
        return problems
    login = resolve_url(settings.LOGIN_URL)
    return problems + [
        f"{route.label}: {method.upper()} by an anonymous visitor gave {reply.status}, expected "
        f"a redirect to {login}?next=... or 404; add @login_required, or list the route in "
        f"PUBLIC_ROUTES with the reason"
        for method in probes.accepted
        if not ((reply := probes.anonymous[method]).status == 404 or is_login_redirect(reply))
    ]


def disclosure_problems(route: Route, probes: Probes) -> list[str]:
    """Neither the outsider nor an anonymous visitor sees the owner's data, on any route."""
    return [
        f"{route.label}: {method.upper()} by {who} shows the owner's {marker!r}"
        for who, replies in (("the outsider", probes.outsider), ("anonymous", probes.anonymous))
        for method, reply in replies.items()
        for marker in probes.markers
        if marker and marker in reply.text
    ]


def secret_problems(route: Route, probes: Probes) -> list[str]:
    """A guessed secret gives 404 to anyone; the owner's real one gives 200."""
    if not route.secret_parameters:
        return []
    guessing = {
        "the outsider": probes.outsider,
        "an anonymous visitor": probes.anonymous,
        "the owner": probes.owner_guessing,
    }
    problems = [
        f"{route.label}: {method.upper()} by {who} with a guessed "
        f"{'/'.join(route.secret_parameters)} gave {reply.status}, expected 404"
        for who, replies in guessing.items()
        for method, reply in replies.items()
        if reply.status != 404 and (method in probes.accepted or reply.status != 405)
    ]
    return problems + [
        f"{route.label}: {method.upper()} by the owner with the real "
        f"{'/'.join(route.secret_parameters)} gave {probes.owner[method].status}, expected 200"
        for method in probes.accepted
        if probes.owner[method].status != 200
    ]


Judge = Callable[[Route, Probes], list[str]]
JUDGES: tuple[Judge, ...] = (
    method_problems,
    outsider_problems,
    anonymous_problems,
    disclosure_problems,
    secret_problems,
)


def sweep(route: Route, personas: Personas, judges: Sequence[Judge]) -> list[str]:
    problems = registry_problems(route)
    if problems:
        return problems
    probes = probe_route(route, personas)
    return [problem for judge in judges for problem in judge(route, probes)]


def sweep_route(route: Route, personas: Personas) -> list[str]:
    return sweep(route, personas, JUDGES)


ROUTES = enumerate_routes()
ID_ROUTES = [route for route in ROUTES if route.id_parameters]
SECRET_ROUTES = [
    route for route in ROUTES if route.secret_parameters and route.name not in ONE_TIME_LINKS
]


def by_name(routes: list[Route]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("route", routes, ids=[route.label for route in routes])


@pytest.fixture
def personas(owner: User, outsider: User, rotation: Rotation, client_for: object) -> Personas:
    # The fixture's "Dr. Rivera" is also the rotation form's example text, shown to everyone.
    rotation.attending_name = "Dr. Rivera Quintanilla"
    rotation.save(update_fields=["attending_name"])
    person = Person.objects.create(owner=owner, name="Dr. Imani Okonkwo-Reyes")
    person.rotations.add(rotation)
    story = Story.objects.create(
        owner=owner, day=rotation.start, text="Ran the family meeting on the step-down unit."
    )
    story.witnesses.add(person)
    letter = letter_request_start(owner=owner, person=person, today=rotation.start)
    packet_file_save(owner=owner, kind="cv", name="cv.pdf", data=b"%PDF-1.4\n%%EOF\n")
    program = Program.objects.create(
        owner=owner, name="Quintanilla Valley Internal Medicine", specialty="Internal Medicine"
    )
    Assignment.objects.create(program=program, letter=letter)
    workspace = Workspace(
        owner=owner,
        rotation=rotation,
        milestone=rotation.milestones.order_by("pk")[0],
        feed=feed_regenerate(owner=owner),
        person=person,
        story=story,
        site_option=SiteOption.objects.create(
            owner=owner, name="Quintanilla Valley Clinic externship offer", kind="externship"
        ),
        letter=letter,
        writer_link=writer_link_issue(request=letter),
        program=program,
        reminder=Reminder.objects.create(
            request=letter, kind="first_reminder", cycle=rotation.start, due=rotation.start
        ),
    )
    return Personas(workspace=workspace, outsider=outsider, log_in=client_for)  # type: ignore[arg-type]


def test_the_sweep_finds_the_routes_it_must_cover() -> None:
    names = {route.name for route in ROUTES}

    assert {"dashboard", "rotation_detail", "milestone_status", "calendar_feed"} <= names
    assert [route.name for route in SECRET_ROUTES] == [
        "writer_page",
        "writer_uploaded",
        "writer_helper_pdf",
        "writer_file",
        "writer_check",
        "calendar_feed",
    ]


def test_every_public_route_exists_and_says_why_it_is_public() -> None:
    names = {route.name for route in ROUTES}

    assert set(PUBLIC_ROUTES) <= names
    assert all(reason.strip() for reason in PUBLIC_ROUTES.values())


@by_name(ROUTES)
def test_every_url_parameter_has_a_value_in_the_registry(route: Route) -> None:
    assert registry_problems(route) == []


@by_name(ROUTES)
def test_every_route_refuses_put_patch_and_delete(route: Route, personas: Personas) -> None:
    problems = sweep(route, personas, [method_problems])
    assert problems == [], "\n".join(problems)


@by_name(ID_ROUTES)
def test_an_outsider_gets_404_for_every_route_with_the_owners_ids(
    route: Route, personas: Personas
) -> None:
    problems = sweep(route, personas, [outsider_problems])
    assert problems == [], "\n".join(problems)


@by_name(ROUTES)
def test_an_anonymous_visitor_is_sent_to_log_in_on_every_private_route(
    route: Route, personas: Personas
) -> None:
    problems = sweep(route, personas, [anonymous_problems])
    assert problems == [], "\n".join(problems)


@by_name(ROUTES)
def test_no_one_but_the_owner_sees_the_owners_data_on_any_route(
    route: Route, personas: Personas
) -> None:
    problems = sweep(route, personas, [disclosure_problems])
    assert problems == [], "\n".join(problems)


@by_name(SECRET_ROUTES)
def test_a_guessed_secret_gives_404_to_anyone_and_the_owners_gives_200(
    route: Route, personas: Personas
) -> None:
    problems = sweep(route, personas, [secret_problems])
    assert problems == [], "\n".join(problems)


# A URLconf with two mistakes, to show the sweep catches them: a view that fetches a rotation
# without checking its owner and accepts any method, and a parameter nobody registered.


@login_required
def leaky_rotation(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = get_object_or_404(Rotation, pk=rotation_id)
    if request.method == "POST":
        rotation.site = "Taken over"
        rotation.save()
    return HttpResponse(rotation.site)


@login_required
def gizmo_detail(request: HttpRequest, gizmo_id: int) -> HttpResponse:
    return HttpResponse(f"gizmo {gizmo_id}")


class BadURLconf:
    urlpatterns = [
        path("", include("lorkit.urls")),
        path("leaky/<int:rotation_id>/", leaky_rotation, name="leaky_rotation"),
        path("gizmos/<int:gizmo_id>/", gizmo_detail, name="gizmo_detail"),
    ]


def test_the_sweep_reports_a_leaky_view_and_an_unregistered_parameter(
    personas: Personas,
) -> None:
    with override_settings(ROOT_URLCONF=BadURLconf):
        routes = {route.name: route for route in enumerate_routes()}
        leaky = sweep_route(routes["leaky_rotation"], personas)
        unregistered = sweep_route(routes["gizmo_detail"], personas)
        sound = sweep_route(routes["rotation_edit"], personas)

    assert set(leaky) >= {
        "leaky_rotation: PUT as the owner gave 200, expected 405; " + RESTRICT,
        "leaky_rotation: DELETE as the owner gave 200, expected 405; " + RESTRICT,
        "leaky_rotation: GET by the outsider with the owner's ids gave 200, expected 404",
        "leaky_rotation: POST by the outsider with the owner's ids gave 200, expected 404",
        "leaky_rotation: the outsider's requests changed the owner's data",
        "leaky_rotation: GET by the outsider shows the owner's 'Example Teaching Hospital'",
    }
    assert unregistered == [
        "gizmo_detail: URL parameter 'gizmo_id' has no value; add it to PARAMETERS in "
        "tests/test_route_sweep.py (the owner's object for an id, secret=True for a credential)"
    ]
    assert sound == []
