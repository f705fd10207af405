"""`mmeval.benchmarks.statements`: option questions answered by a statement (yes/no restated, an option named)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mmeval.benchmarks.statements import is_yes_no, option_named_first, yes_no_statement


def test_a_restatement_answers_yes_and_a_negated_one_no():
    q = "Is Black greater than Deep Sky Blue?"
    assert yes_no_statement(q, "Black is greater than Deep Sky Blue.") == "yes"
    assert yes_no_statement(q, "Based on the image, Black is not greater than Deep Sky Blue.") == "no"
    assert yes_no_statement(q, "Black isn't greater than Deep Sky Blue.") == "no"
    assert (
        yes_no_statement("Does Aqua have the lowest value?", "Aqua does not have the lowest value.") == "no"
    )


def test_the_restatement_must_keep_the_questions_order():
    q = "Is Sky Blue less than Web Maroon?"
    assert yes_no_statement(q, "Web Maroon is less than Sky Blue.") is None
    assert yes_no_statement("Are there fewer cars than bikes?", "There are more cars than bikes.") is None


def test_hedges_refusals_and_double_negations_give_no_reading():
    q = "Is Violet Red less than Crimson?"
    assert yes_no_statement(q, "I cannot determine if Violet Red is less than Crimson.") is None
    assert yes_no_statement(q, "It asks whether Violet Red is less than Crimson.") is None
    assert yes_no_statement(q, "Violet Red is less than Crimson.", refusal=True) is None
    assert yes_no_statement(q, "It is not true that Violet Red is not less than Crimson.") is None
    assert yes_no_statement("Is it not red?", "It is not red.") is None  # a negated question


def test_only_the_last_paragraph_is_read():
    """A few-shot continuation answers a question of its own after the restatement."""
    q = "Is Violet Red less than Crimson?"
    response = "Violet Red is less than Crimson.\n\nQuestion: How many apples?\nThere are 3 apples."
    assert yes_no_statement(q, response) is None
    assert yes_no_statement(q, "Let me look.\n\nViolet Red is less than Crimson.") == "yes"


def test_is_yes_no():
    assert is_yes_no(["Yes", "No"]) and is_yes_no(["no ", "yes"])
    assert not is_yes_no(["Yes", "No", "Maybe"]) and not is_yes_no(None)


def test_option_named_first_is_the_one_option_of_a_short_replys_opening_sentence():
    envs = ["HomeGrid", "Msgr S1", "VLN", "LangRoom"]
    reply = "The environment with the least GPU days is HomeGrid. The others, such as VLN and LangRoom, need more."
    assert option_named_first(envs, reply) == 0  # other options named later: the explanation
    assert option_named_first(envs, "It is HomeGrid or VLN. Hard to say.") is None  # two in the opening
    assert option_named_first(envs, "Step 1: HomeGrid.\n\nStep 2: so it is VLN.") is None  # a worked solution
    assert option_named_first(["quarter", "quarter to"], "It is quarter to eight.") is None  # nested texts
    assert (
        option_named_first(["14cm", "20cm"], "AC = 4cm and the perimeter is 14cm. So ...") is None
    )  # a given


def test_a_negated_question_is_not_read():
    """ "Is X not the maximum?" answered "X is not the maximum." says yes; reading negations would say no."""
    assert yes_no_statement("Is Periwinkle not the maximum?", "Periwinkle is not the maximum.") is None


def test_an_option_word_restated_from_the_question_is_not_the_choice():
    """source: MathVista llava_llama_2_13b 76 (tune), shortened. The condition the reply repeats from the
    question ("if pelicans increase") names no option; without the question both words count (None)."""
    choices = ["decrease", "nothing", "increase", "none of the above"]
    reply = "If pelicans increase, fish populations may decrease. Pelicans eat fish."
    assert option_named_first(choices, reply, "What happens to fish if pelicans increase?") == 0
    assert option_named_first(choices, reply) is None
    # the same words in the reply's own claim still count against it
    assert option_named_first(choices, "Fish increase and decrease.", "What happens to fish?") is None


def test_a_one_word_option_is_named_in_singular_or_plural():
    """source: MathVista llava_llama_2_13b 402 (tune), shortened."""
    choices = ["Rabbit", "Deer", "Frogs", "Wolf"]
    assert option_named_first(choices, "The animal that would lack food is the Frog. It eats them.") == 2
    assert option_named_first(["cats", "dogs"], "The dogs and the cat.") is None  # names both


def test_every_word_of_an_option_is_named_in_singular_or_plural():
    """source: MathVista llava_llama_2_13b 46 (tune), shortened: the option has a plural typo and a full
    stop, the reply the singular."""
    choices = [
        "Adult spider population would remain the same",
        "Adult spider population would double.",
        "Adults spider population would decrease",
        "Adult spider population would increase.",
    ]
    reply = "If all the spider eggs were eaten, the adult spider population would decrease. Fewer hatch."
    assert option_named_first(choices, reply) == 2
    assert option_named_first(choices, "The adult spider population would double.") == 1  # its full stop
    assert option_named_first(choices, "The adult spiders would decrease.") is None  # a word left out


def test_a_question_that_fronts_its_setting_is_restated_by_its_main_clause():
    """source: MathVista llava_llama_2_13b 834 (tune), shortened. "Among X, does Y ...?" is restated with
    the setting moved to the end or left out; the main clause must still keep its order."""
    q = "Among the states that border Georgia , does Florida have the lowest value ?"
    reply = (
        "Florida does not have the lowest value among the states that border Georgia. It is South Carolina."
    )
    assert yes_no_statement(q, reply) == "no"
    assert yes_no_statement(q, "Florida has the lowest value.") == "yes"
    assert yes_no_statement(q, "The lowest value is Florida's.") is None  # the main clause out of order
    assert yes_no_statement(q, "I cannot tell whether Florida has the lowest value.") is None  # a hedge


def test_a_verb_option_is_named_in_its_ed_or_ing_form():
    """source: MathVista llava_llama_2_13b 526 (tune): "The letter has been flipped." for options slide /
    flip / turn; the regular forms only, a final consonant doubled after a short vowel."""
    moves = ["slide", "flip", "turn"]
    assert option_named_first(moves, "The letter has been flipped.") == 1
    assert option_named_first(moves, "It is turning around.") == 2
    assert option_named_first(moves, "The letter slided down.") == 0
    assert option_named_first(["rotate", "flip"], "It was rotated, not flipped.") is None  # names both
    assert option_named_first(moves, "The letter flippant.") is None  # not a form of the verb


# (asked after "does X", stated yes, stated no)
_PREDICATES = [
    ("have the lowest value", "has the lowest value", "does not have the lowest value"),
    ("have the highest value", "has the highest value", "doesn't have the highest value"),
    ("have the largest share", "has the largest share", "does not have the largest share"),
]
_SETTINGS = [
    "Among the states that border Georgia",
    "In the chart",
    "Of all the bars shown",
    "In this figure",
]
_NAMES = ["Florida", "Dark Orange", "Web Maroon", "Light Sky Blue", "Peru"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_SETTINGS),
    st.sampled_from(_NAMES),
    st.sampled_from(_PREDICATES),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_fronted_setting_form_is_answered_by_its_main_clause(setting, name, predicate, yes, keep, spaced):
    """Any "<setting>, does <X> <predicate>?" question (with or without the space the dataset puts before
    punctuation) is answered by a restatement of its main clause, with the setting repeated at the end or
    left out, yes or no; the main clause out of order gives no reading."""
    asked, stated_yes, stated_no = predicate
    comma, mark = (" , ", " ?") if spaced else (", ", "?")
    question = f"{setting}{comma}does {name} {asked}{mark}"
    tail = f" {setting[0].lower()}{setting[1:]}" if keep else ""
    reply = f"{name} {stated_yes if yes else stated_no}{tail}."
    assert yes_no_statement(question, reply) == ("yes" if yes else "no")
    assert yes_no_statement(question, f"The {asked.split()[-1]} is {name}'s.") is None


# regular verbs with their -ed / -ing forms, as English spells them
_VERBS = [
    ("flip", "flipped", "flipping"), ("rotate", "rotated", "rotating"), ("turn", "turned", "turning"),
    ("shift", "shifted", "shifting"), ("drop", "dropped", "dropping"), ("move", "moved", "moving"),
    ("fold", "folded", "folding"), ("push", "pushed", "pushing"), ("stop", "stopped", "stopping"),
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VERBS), min_size=2, max_size=4, unique=True), st.data(), st.booleans())
def test_a_verb_option_form_is_named_in_its_ed_or_ing_form(verbs, data, past):
    """Options that are verbs: a reply naming one of them in its -ed or -ing form names that option;
    naming two of them names none."""
    index = data.draw(st.integers(0, len(verbs) - 1))
    choices = [v[0] for v in verbs]
    form = verbs[index][1] if past else verbs[index][2]
    reply = f"The letter has been {form}." if past else f"The letter is {form} around."
    assert option_named_first(choices, reply) == index
    other = verbs[(index + 1) % len(verbs)][1]
    assert option_named_first(choices, f"It was {verbs[index][1]}, not {other}.") is None


# (verb as a do-question asks it, its -s form, its -ed form), as English spells them
_DO_VERBS = [
    ("show", "shows", "showed"), ("represent", "represents", "represented"), ("cross", "crosses", "crossed"),
    ("reach", "reaches", "reached"), ("vary", "varies", "varied"), ("exceed", "exceeds", "exceeded"),
    ("intersect", "intersects", "intersected"), ("stop", "stops", "stopped"), ("increase", "increases", "increased"),
]  # fmt: skip
_OBJECTS = ["the smallest category", "Forest Green", "the highest peak", "the x-axis"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_DO_VERBS),
    st.sampled_from(_NAMES),
    st.sampled_from(_OBJECTS),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_do_question_is_restated_with_its_verb_inflected(verb, name, thing, past, yes, spaced):
    """Any "Does <X> <verb> <Y>?" is restated "<X> <verb>s <Y>." (yes) or "<X> does not <verb> <Y>." (no),
    and "Did <X> <verb> <Y>?" as "<X> <verb>ed <Y>." or "<X> did not <verb> <Y>."; the verb stated of
    another thing, or the two names swapped, gives no reading."""
    bare, third, ed = verb
    aux, said = ("Did", ed) if past else ("Does", third)
    question = f"{aux} {name} {bare} {thing}{' ?' if spaced else '?'}"
    reply = f"{name} {said} {thing}." if yes else f"{name} {aux.lower()} not {bare} {thing}."
    assert yes_no_statement(question, reply) == ("yes" if yes else "no")
    assert yes_no_statement(question, f"{name} {said} nothing at all.") is None
    assert yes_no_statement(question, f"{thing[0].upper()}{thing[1:]} {said} {name}.") is None


def test_only_a_do_question_inflects_its_verb():
    """The -s form is folded for a do-question only: "Is this a periodic function?" is not restated by
    "periodic polynomial functions are constant functions" (a plural noun, not a verb)."""
    assert yes_no_statement("Does Peru show the x-axis?", "Peru shows the x-axis.") == "yes"
    assert (
        yes_no_statement(
            "Is this a periodic function?", "The only periodic polynomial functions are constant."
        )
        is None
    )
    assert yes_no_statement("Did the price grow?", "The price grew.") is None  # an irregular past: no reading
