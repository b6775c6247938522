
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Body",
      "Document",
      "Instrument",
      "Mandate",
      "Meeting",
      "Session"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "Body",
      "Document",
      "Instrument",
      "Mandate",
      "Meeting",
      "Session"
    ]
  }
};
      export default result;
    