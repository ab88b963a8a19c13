package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** graphql-java's validation messages (as graphql-java 25 writes them) without the syntax tree of the value. */
class ValidationMessagesTests {

  @Test
  void anExtraFieldIsNamedWithoutTheObjectsSyntaxTree() {
    assertThat(ValidationMessages.readable("Validation error (WrongType@[neighbourhood]) : argument 'input' with value "
        + "'ObjectValue{objectFields=[ObjectField{name='ids', value=ArrayValue{values=[StringValue{value='Person/1'}]}}, "
        + "ObjectField{name='bogus', value=IntValue{value=1}}]}' contains a field not in 'NeighbourhoodInput': 'bogus'"))
        .isEqualTo("Validation error (WrongType@[neighbourhood]) : argument 'input' contains a field not in "
            + "'NeighbourhoodInput': 'bogus'");
  }

  @Test
  void aMissingFieldAndAWrongScalarKeepTheArgumentAndTheType() {
    assertThat(ValidationMessages.readable("Validation error (WrongType@[neighbourhood]) : argument 'input' with value "
        + "'ObjectValue{objectFields=[ObjectField{name='maxHops', value=IntValue{value=2}}]}' is missing required "
        + "fields '[ids]'"))
        .isEqualTo("Validation error (WrongType@[neighbourhood]) : argument 'input' is missing required fields '[ids]'");
    assertThat(ValidationMessages.readable("Validation error (WrongType@[neighbourhood]) : argument 'input.maxHops' "
        + "with value 'StringValue{value='x'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a "
        + "'StringValue'"))
        .isEqualTo("Validation error (WrongType@[neighbourhood]) : argument 'input.maxHops' is not a valid 'Int' - "
            + "Expected a literal of type 'Int' but it was a literal of type 'String'");
  }

  @Test
  void aValueWhoseTextLooksLikeTheMessageIsStillCutAtTheMessagesOwnEnd() {
    assertThat(ValidationMessages.readable("Validation error (WrongType@[timeline]) : argument 'first' with value "
        + "'StringValue{value='1' is not a valid 'Int'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but "
        + "it was a 'StringValue'"))
        .isEqualTo("Validation error (WrongType@[timeline]) : argument 'first' is not a valid 'Int' - Expected a "
            + "literal of type 'Int' but it was a literal of type 'String'");
  }

  @Test
  void otherMessagesAreLeftAsTheyAre() {
    String undefined = "Validation error (FieldUndefined@[regionFlows/totalCount]) : Field 'totalCount' in type "
        + "'RegionFlowConnection' is undefined";
    assertThat(ValidationMessages.readable(undefined)).isEqualTo(undefined);
  }
}
