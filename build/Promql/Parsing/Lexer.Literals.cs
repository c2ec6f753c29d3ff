namespace Promql.Parsing;

/// <summary>
/// Numbers, durations and strings, ported from lex.go (scanNumber, acceptRemainingDuration, lexString,
/// lexEscape) so that the same texts are accepted and refused with the same messages.
/// </summary>
internal sealed partial class Lexer
{
    private Token NumberOrDuration()
    {
        if (ScanNumber())
        {
            return Emit(TokenKind.Number, _pos - _start);
        }
        if (AcceptRemainingDuration())
        {
            return Emit(TokenKind.Duration, _pos - _start);
        }
        throw Error($"bad number or duration syntax: \"{_input[_start..Math.Min(_pos, _input.Length)]}\"");
    }

    private bool ScanNumber()
    {
        var initial = _pos;
        var digits = "0123456789";
        if (Accept("0") && Accept("xX"))
        {
            Accept("_");
            digits = "0123456789abcdefABCDEF";
        }
        Accept(".");
        Accept(digits);
        var dotConsumed = false;
        var exponentConsumed = false;
        while (Is(digits + "._eE"))
        {
            if (Is(".") && dotConsumed)
            {
                Accept(".");
                return false;
            }
            if (Is("eE") && exponentConsumed && digits.Length == 10)
            {
                Accept("eE");
                return false;
            }
            if (Accept("."))
            {
                dotConsumed = true;
                if (Accept("_.") || digits.Length > 10)
                {
                    return false;
                }
                continue;
            }
            if (digits.Length == 10 && Accept("eE"))
            {
                exponentConsumed = true;
                Accept("+-");
                if (Accept("._eE") || _pos >= _input.Length)
                {
                    return false;
                }
                continue;
            }
            if (Accept("_"))
            {
                if (Accept("._eE") || _pos >= _input.Length)
                {
                    return false;
                }
                continue;
            }
            while (Accept(digits))
            {
            }
        }
        return _pos != initial && (_pos >= _input.Length || !CharClass.IsAlphaNumeric(_input[_pos]));
    }

    private bool AcceptRemainingDuration()
    {
        if (!Accept("smhdwy"))
        {
            return false;
        }
        Accept("s");
        while (Accept("0123456789"))
        {
            while (Accept("0123456789"))
            {
            }
            if (!Accept("smhdw"))
            {
                return false;
            }
            Accept("s");
        }
        if (_pos < _input.Length && CharClass.IsAlphaNumeric(_input[_pos]))
        {
            _pos++; // upstream's message shows the offending character too: "5mm", not "5m"
            return false;
        }
        return true;
    }

    private Token QuotedString()
    {
        var quote = _input[_pos];
        var i = _pos + 1;
        while (true)
        {
            if (i >= _input.Length || (quote != '`' && _input[i] == '\n'))
            {
                throw Error(quote == '`' ? "unterminated raw string" : "unterminated quoted string");
            }
            var c = _input[i++];
            if (c == quote)
            {
                return Emit(TokenKind.String, i - _start);
            }
            if (c == '\\' && quote != '`')
            {
                i = CheckEscape(i, quote);
            }
        }
    }

    // Returns the index after the escape sequence starting at i (just after the backslash).
    private int CheckEscape(int i, char quote)
    {
        if (i >= _input.Length)
        {
            throw Error("escape sequence not terminated");
        }
        var c = _input[i++];
        var (count, radix, max) = c switch
        {
            'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v' or '\\' => (0, 0, 0),
            _ when c == quote => (0, 0, 0),
            >= '0' and <= '7' => (2, 8, 255),
            'x' => (2, 16, 255),
            'u' => (4, 16, 0x10FFFF),
            'U' => (8, 16, 0x10FFFF),
            _ => throw Error($"unknown escape sequence U+{(int)c:X4} '{c}'"),
        };
        var value = c is >= '0' and <= '7' ? c - '0' : 0;
        for (var n = 0; n < count; n++, i++)
        {
            if (i >= _input.Length)
            {
                throw Error("escape sequence not terminated");
            }
            var d = char.IsAsciiHexDigit(_input[i]) ? Convert.ToInt32(_input[i].ToString(), 16) : 99;
            if (d >= radix)
            {
                throw Error($"illegal character U+{(int)_input[i]:X4} '{_input[i]}' in escape sequence");
            }
            value = (value * radix) + d;
        }
        return value > max || (value is >= 0xD800 and < 0xE000)
            ? throw Error("escape sequence is an invalid Unicode code point")
            : i;
    }

    private bool Accept(string valid)
    {
        if (_pos < _input.Length && valid.Contains(_input[_pos], StringComparison.Ordinal))
        {
            _pos++;
            return true;
        }
        return false;
    }

    private bool Is(string valid) => _pos < _input.Length && valid.Contains(_input[_pos], StringComparison.Ordinal);
}
