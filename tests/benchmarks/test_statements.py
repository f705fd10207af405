"""`mmeval.benchmarks.statements`: option questions answered by a statement (yes/no restated, an option named)."""

from __future__ import annotations

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
