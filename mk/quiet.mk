# mk/quiet.mk — one short line per build step (`  CC      src/pipeline/scan.c`); `make V=1` prints the full
# command lines instead. Only make's echo of a command is hidden: whatever the compiler or a tool
# writes (warnings, errors) always reaches the terminal. Included first by the root Makefile.
#
# In a recipe:   $(call say,CC,$<)
#                $(Q)$(CC) ... -c $< -o $@
ifeq ($(V),1)
Q   :=
say  = @:
else
Q   := @
say  = @printf '  %-8s %s\n' '$(1)' '$(2)'
endif
